package org.commonground.local;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.commonground.auth.Caller;
import org.commonground.handlers.CommonGround;
import org.commonground.kernel.Problem;
import org.commonground.statements.Gathering;
import org.commonground.statements.Source;
import org.commonground.workshops.Defaults;
import org.commonground.workshops.NewWorkshop;
import org.commonground.workshops.Prompt;
import org.commonground.workshops.Workshop;
import org.commonground.workshops.WorkshopSettings;

/**
 * A demo workshop about unpaid carers, with the carers' own statements written down as
 * paper answers. Made once; a restart with data kept on disk finds it again by its code.
 */
public final class DemoWorkshop {
    public static final String CODE = "CARERS";

    private DemoWorkshop() {}

    public static Workshop ensure(CommonGround app, String facilitatorEmail, Path sharedData) throws IOException {
        try {
            return app.workshops().byCode(CODE);
        } catch (Problem notThereYet) {
            // Make it below.
        }
        NewWorkshop request = new NewWorkshop("Supporting unpaid carers",
                "What would make life better for unpaid carers in our area? Your answers shape the carers' strategy.",
                Defaults.LANGUAGES, Defaults.PROMPTS, Defaults.PERSPECTIVES,
                WorkshopSettings.defaults(app.configuration().defaultRetentionDays()));
        Workshop workshop = app.workshops().create(facilitatorEmail, request, app.configuration().site(java.util.Optional.empty()), CODE);
        Caller.Facilitator facilitator = new Caller.Facilitator(facilitatorEmail, "");
        Map<String, String> people = new HashMap<>();
        try (Reader reader = statements(sharedData)) {
            for (CSVRecord row : CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).get().parse(reader)) {
                Prompt prompt = Prompt.fromWire(row.get("prompt")).orElseThrow();
                String respondent = row.get("respondent");
                String personId = people.get(respondent);
                Gathering.Joining newPerson = personId == null ? new Gathering.Joining(null, "carer", "en", null, false) : null;
                var statement = app.gathering().add(facilitator, workshop.id(),
                        new Gathering.NewStatement(prompt, row.get("text"), Source.PAPER, personId, newPerson));
                people.putIfAbsent(respondent, statement.participantId());
            }
        }
        return app.workshops().get(workshop.id());
    }

    private static Reader statements(Path sharedData) throws IOException {
        Path shared = sharedData == null ? null : sharedData.resolve("carers-statements.csv");
        if (shared != null && Files.isRegularFile(shared)) return Files.newBufferedReader(shared, StandardCharsets.UTF_8);
        InputStream builtIn = Optional.ofNullable(DemoWorkshop.class.getResourceAsStream("/demo/carers-statements.csv"))
                .orElseThrow(() -> new IllegalStateException("The built-in demo statements are missing"));
        return new InputStreamReader(builtIn, StandardCharsets.UTF_8);
    }

}
