# sam build runs one target per function (Metadata: BuildMethod: makefile).
# All functions share one artifact, built once by Maven.
build-WorkshopsFunction build-ResponsesFunction build-ClusteringFunction build-VotingFunction build-GridFunction build-ActionsFunction build-ScheduleFunction:
	scripts/build-lambda "$(ARTIFACTS_DIR)"
