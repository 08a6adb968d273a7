# sam build runs one target per function (Metadata: BuildMethod: makefile).
# All functions share one artifact, built once by Maven.
build-WorkshopsFunction build-ResponsesFunction build-VotingFunction build-GridFunction build-ActionsFunction build-ScheduleFunction build-MailEventsFunction:
	scripts/build-lambda "$(ARTIFACTS_DIR)"

# The clustering function alone carries the sentence-embedding model for suggested themes.
build-ClusteringFunction:
	scripts/build-lambda "$(ARTIFACTS_DIR)" suggestions
