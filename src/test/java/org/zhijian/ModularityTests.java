package org.zhijian;

import static com.tngtech.archunit.base.DescribedPredicate.not;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAPackage;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.domain.Dependency;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ConditionEvents;
import com.tngtech.archunit.lang.SimpleConditionEvent;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.springframework.data.repository.Repository;
import org.springframework.modulith.core.ApplicationModules;
import org.springframework.modulith.docs.Documenter;

/**
 * The module boundaries, executable. Each top-level package under {@code org.zhijian} is a
 * module; its {@code domain} package is what others may use, everything else (its {@code web}
 * package first) is its own. Spring Modulith refuses cycles and reaches into another module's
 * internals; the rules below add what it cannot see.
 */
class ModularityTests {

    static final ApplicationModules MODULES = ApplicationModules.of(ZhijianApplication.class);

    static final JavaClasses CLASSES = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("org.zhijian");

    @Test
    void modulesHaveNoCyclesAndUseOnlyEachOthersDomain() {
        MODULES.verify();
    }

    @Test
    void aRepositoryIsUsedOnlyInsideItsModule() {
        classes().should(useOnlyTheirOwnModulesRepositories())
                .because("another module's records are read and changed only through that module's services")
                .check(CLASSES);
    }

    static ArchCondition<JavaClass> useOnlyTheirOwnModulesRepositories() {
        return new ArchCondition<>("use only their own module's repositories") {
            @Override
            public void check(JavaClass type, ConditionEvents events) {
                for (Dependency dependency : type.getDirectDependenciesFromSelf()) {
                    JavaClass target = dependency.getTargetClass();
                    if (target.isAssignableTo(Repository.class) && !moduleOf(target).equals(moduleOf(type))
                            && target.getPackageName().startsWith("org.zhijian.")) {
                        events.add(SimpleConditionEvent.violated(dependency, dependency.getDescription()));
                    }
                }
            }
        };
    }

    static String moduleOf(JavaClass type) {
        String[] parts = type.getPackageName().split("\\.");
        return parts.length > 2 ? parts[2] : "";
    }

    @Test
    void theDomainNeverDependsOnTheWeb() {
        noClasses().that().resideInAPackage("..domain..")
                .should().dependOnClassesThat(resideInAPackage("..web..").and(not(resideInAPackage("org.zhijian.system.."))))
                .check(CLASSES);
    }

    /** Which module's records each table holds; a new table must be added here (see below). */
    static final Map<String, String> TABLE_OWNERS = Map.ofEntries(
            Map.entry("district", "region"),
            Map.entry("app_user", "account"), Map.entry("portal_invitation", "portal"),
            Map.entry("portal_evidence", "portal"), Map.entry("portal_risk_template", "portal"),
            Map.entry("portal_own_risk_point", "portal"), Map.entry("portal_self_check", "portal"),
            Map.entry("portal_duty_record", "portal"),
            Map.entry("enterprise", "enterprise"), Map.entry("archive_entry", "enterprise"),
            Map.entry("production_licence", "licence"), Map.entry("licence_transition", "licence"),
            Map.entry("product_category", "catalogue"), Map.entry("test_item", "catalogue"),
            Map.entry("spot_check_plan", "spotcheck"), Map.entry("plan_category", "spotcheck"),
            Map.entry("plan_quota", "spotcheck"), Map.entry("sampling_batch", "spotcheck"),
            Map.entry("batch_sampler", "spotcheck"), Map.entry("batch_step", "spotcheck"),
            Map.entry("batch_result", "spotcheck"), Map.entry("batch_photo", "spotcheck"),
            Map.entry("result_import", "resultimport"),
            Map.entry("risk_point", "riskpoint"), Map.entry("risk_assessment", "riskpoint"),
            Map.entry("risk_band", "riskpoint"),
            Map.entry("hazard", "hazard"), Map.entry("hazard_step", "hazard"),
            Map.entry("inbox_message", "inbox"),
            Map.entry("notification_preference", "notification"), Map.entry("todo_mail_sent", "notification"),
            Map.entry("outgoing_mail", "notification"),
            Map.entry("risk_campaign", "campaign"), Map.entry("risk_campaign_district", "campaign"),
            Map.entry("risk_campaign_file", "campaign"),
            Map.entry("enterprise_class", "classification"), Map.entry("enterprise_incident", "classification"),
            Map.entry("random_draw", "draw"), Map.entry("random_draw_change", "draw"),
            Map.entry("random_draw_entry", "draw"), Map.entry("random_draw_entry_inspector", "draw"),
            Map.entry("inspector_conflict", "draw"),
            Map.entry("inspection_checklist", "inspection"), Map.entry("inspection_checklist_item", "inspection"),
            Map.entry("inspection_task", "inspection"), Map.entry("inspection_task_officer", "inspection"),
            Map.entry("inspection_record", "inspection"), Map.entry("inspection_answer", "inspection"),
            Map.entry("inspection_photo", "inspection"),
            Map.entry("dashboard_figure", "dashboard"), Map.entry("dashboard_month_cell", "dashboard"),
            Map.entry("dashboard_refresh", "dashboard"),
            Map.entry("risk_information", "incident"), Map.entry("quality_incident", "incident"),
            Map.entry("incident_report", "incident"),
            Map.entry("enforcement_clue", "enforcement"), Map.entry("enforcement_case", "enforcement"),
            Map.entry("enforcement_case_officer", "enforcement"), Map.entry("enforcement_case_step", "enforcement"),
            Map.entry("enforcement_clock_pause", "enforcement"), Map.entry("enforcement_evidence", "enforcement"),
            // created by V5_10, dropped by V5_89 (its numbers moved to document_sequence)
            Map.entry("enforcement_counter", "enforcement"),
            Map.entry("credit_entry", "credit"), Map.entry("credit_listing", "credit"),
            Map.entry("credit_penalty_notice", "credit"),
            Map.entry("audit_event", "system"), Map.entry("shedlock", "system"), Map.entry("startup_lock", "system"),
            Map.entry("document_sequence", "system"),
            Map.entry("spring_session", "system"), Map.entry("spring_session_attributes", "system"));

    static final Path MAIN = Path.of("src/main/java/org/zhijian");
    /** A text block, a string literal, or a character literal (skipped, so {@code '"'} opens no string). */
    static final Pattern LITERAL = Pattern.compile(
            "\"\"\"(.*?)\"\"\"|\"((?:[^\"\\\\\n]|\\\\.)*)\"|'(?:[^'\\\\\n]|\\\\.{1,6})'", Pattern.DOTALL);
    static final Pattern WRITE = Pattern.compile(
            "\\b(?:insert\\s+into|update|delete\\s+from|merge\\s+into|truncate(?:\\s+table)?|copy)\\s+(\\w+)",
            Pattern.CASE_INSENSITIVE);
    static final Pattern BULK = Pattern.compile("\\.(?:copy|reserveIds|insertReturningIds)\\(\\s*\"(\\w+)\"");

    /**
     * SQL in a module's source (a string literal that inserts into, updates, deletes from or copies
     * into a table, or a table handed to {@code system.jpa.BulkWriter}) names only that module's
     * tables: another module's records are written by that module (its services, or a bulk method
     * such as {@code ArchiveTimeline.recordAll}). Reads are not checked here.
     */
    @Test
    void aModuleWritesOnlyItsOwnTables() throws IOException {
        List<String> violations = new ArrayList<>();
        try (Stream<Path> sources = Files.walk(MAIN)) {
            for (Path file : sources.filter(f -> f.toString().endsWith(".java")).toList()) {
                String module = MAIN.relativize(file).getName(0).toString();
                String code = Files.readString(file, StandardCharsets.UTF_8);
                Set<String> written = new TreeSet<>();
                Matcher literal = LITERAL.matcher(code);
                while (literal.find()) {
                    String text = literal.group(1) != null ? literal.group(1) : literal.group(2);
                    if (text == null) {
                        continue;
                    }
                    Matcher write = WRITE.matcher(text);
                    while (write.find()) {
                        written.add(write.group(1).toLowerCase(Locale.ROOT));
                    }
                }
                Matcher bulk = BULK.matcher(code);
                while (bulk.find()) {
                    written.add(bulk.group(1).toLowerCase(Locale.ROOT));
                }
                for (String table : written) {
                    String owner = TABLE_OWNERS.get(table);
                    if (owner != null && !owner.equals(module)) {
                        violations.add(MAIN.relativize(file) + " writes " + table + " of module " + owner);
                    }
                }
            }
        }
        assertThat(violations).as("SQL writing another module's table: call that module instead").isEmpty();
    }

    @Test
    void everyTableHasAnOwningModule() throws IOException {
        Pattern create = Pattern.compile("create\\s+table\\s+(?:if\\s+not\\s+exists\\s+)?(\\w+)",
                Pattern.CASE_INSENSITIVE);
        Set<String> tables = new TreeSet<>();
        try (Stream<Path> migrations = Files.walk(Path.of("src/main/resources/db/migration"))) {
            for (Path file : migrations.filter(f -> f.toString().endsWith(".sql")).toList()) {
                Matcher m = create.matcher(Files.readString(file, StandardCharsets.UTF_8));
                while (m.find()) {
                    tables.add(m.group(1).toLowerCase(Locale.ROOT));
                }
            }
        }
        assertThat(tables).isNotEmpty();
        assertThat(TABLE_OWNERS.keySet()).as("add new tables to TABLE_OWNERS").containsAll(tables);
        assertThat(TABLE_OWNERS.values()).allMatch(m -> Files.isDirectory(MAIN.resolve(m)));
    }

    @Test
    void writesTheModuleDocumentation() {
        new Documenter(MODULES).writeModulesAsPlantUml().writeIndividualModulesAsPlantUml().writeModuleCanvases();
    }
}
