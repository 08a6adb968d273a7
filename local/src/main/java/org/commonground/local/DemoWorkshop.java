package org.commonground.local;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.io.StringWriter;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.apache.commons.csv.CSVRecord;
import org.commonground.handlers.CommonGround;
import org.commonground.kernel.Problem;
import org.commonground.statements.Imports;
import org.commonground.statements.Source;
import org.commonground.workshops.Defaults;
import org.commonground.workshops.NewWorkshop;
import org.commonground.workshops.Prompt;
import org.commonground.workshops.Wording;
import org.commonground.workshops.Workshop;
import org.commonground.workshops.WorkshopSettings;

/**
 * A demo workshop about unpaid carers, with the carers' own statements brought in through the
 * import, as answers to a questionnaire before the workshop (so every start exercises it). Made
 * once; a restart with data kept on disk finds it again by its code.
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
        NewWorkshop request = new NewWorkshop(new Wording("Supporting unpaid carers", "Cefnogi gofalwyr di-dâl"),
                new Wording("What would make life better for unpaid carers in our area? Your answers shape the carers' strategy.",
                        "Beth fyddai'n gwneud bywyd yn well i ofalwyr di-dâl yn ein hardal ni? Bydd eich atebion yn llunio strategaeth y gofalwyr."),
                Defaults.LANGUAGES, Defaults.PROMPTS, Defaults.PERSPECTIVES,
                WorkshopSettings.defaults(app.configuration().defaultRetentionDays()));
        Workshop workshop = app.workshops().create(facilitatorEmail, request, app.configuration().site(java.util.Optional.empty()), CODE);
        byte[] file = questionnaire(sharedData);
        // As a facilitator would: look at the file, take the suggested columns, import it.
        Imports.Preview preview = app.imports().preview(workshop.id(), new Imports.Request("carers-questionnaire.csv", file, null, true, Source.QUESTIONNAIRE));
        app.imports().run(facilitatorEmail, workshop.id(), new Imports.Request("carers-questionnaire.csv", file, preview.columns(), true, Source.QUESTIONNAIRE));
        return app.workshops().get(workshop.id());
    }

    /**
     * The statements file (one statement a line: respondent, prompt, text) laid out as a
     * questionnaire's download is: one row per person, a column per question headed with its
     * wording, each of their answers to it on a line of its own.
     */
    static byte[] questionnaire(Path sharedData) throws IOException {
        Map<String, Map<Prompt, List<String>>> people = new LinkedHashMap<>();
        try (Reader reader = statements(sharedData)) {
            for (CSVRecord row : CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).get().parse(reader)) {
                Prompt prompt = Prompt.fromWire(row.get("prompt")).orElseThrow();
                people.computeIfAbsent(row.get("respondent"), r -> new EnumMap<>(Prompt.class))
                        .computeIfAbsent(prompt, p -> new ArrayList<>()).add(row.get("text"));
            }
        }
        StringWriter csv = new StringWriter();
        try (CSVPrinter printer = new CSVPrinter(csv, CSVFormat.DEFAULT)) {
            List<String> headers = new ArrayList<>(List.of("Respondent", "Perspective"));
            Defaults.PROMPTS.forEach(p -> headers.add(p.text().en()));
            printer.printRecord(headers);
            for (Map.Entry<String, Map<Prompt, List<String>>> person : people.entrySet()) {
                List<String> cells = new ArrayList<>(List.of(person.getKey(), "carer"));
                for (Prompt prompt : Prompt.values()) cells.add(String.join("\n", person.getValue().getOrDefault(prompt, List.of())));
                printer.printRecord(cells);
            }
        }
        return csv.toString().getBytes(StandardCharsets.UTF_8);
    }

    private static Reader statements(Path sharedData) throws IOException {
        Path shared = sharedData == null ? null : sharedData.resolve("carers-statements.csv");
        if (shared != null && Files.isRegularFile(shared)) return Files.newBufferedReader(shared, StandardCharsets.UTF_8);
        InputStream builtIn = Optional.ofNullable(DemoWorkshop.class.getResourceAsStream("/demo/carers-statements.csv"))
                .orElseThrow(() -> new IllegalStateException("The built-in demo statements are missing"));
        return new InputStreamReader(builtIn, StandardCharsets.UTF_8);
    }
}
