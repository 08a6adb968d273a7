# sam build runs one target per function (Metadata: BuildMethod: makefile).
# All functions share one artifact, built once by Maven.
build-WorkshopsFunction build-ResponsesFunction build-VotingFunction build-GridFunction build-ActionsFunction build-ScheduleFunction build-MailEventsFunction:
	scripts/build-lambda "$(ARTIFACTS_DIR)"

# The clustering functions alone carry the sentence-embedding model for suggested themes.
build-ClusteringFunction build-StatementVectorsFunction:
	scripts/build-lambda "$(ARTIFACTS_DIR)" suggestions
