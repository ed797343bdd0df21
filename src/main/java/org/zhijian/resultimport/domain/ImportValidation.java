package org.zhijian.resultimport.domain;

import java.io.BufferedWriter;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.IntConsumer;
import org.springframework.jdbc.core.JdbcTemplate;
import org.zhijian.account.domain.User;
import org.zhijian.catalogue.domain.Judgement;
import org.zhijian.catalogue.domain.Limit;
import org.zhijian.enterprise.domain.SocialCreditCode;
import org.zhijian.spotcheck.domain.BatchBulkLoad;
import org.zhijian.spotcheck.domain.MeasuredValue;
import org.zhijian.spotcheck.domain.SamplingBatch;
import org.zhijian.system.BusinessRuleException;
import org.zhijian.system.security.AccessScope;

/**
 * The first pass of an import: every row is checked and nothing is written to
 * the database. Valid result rows go to a spool file ({@link BatchBulkLoad.ResultSpool}: the batch
 * index in place of the batch id), batches are kept as small drafts, and every
 * problem becomes a {@link RowIssue}.
 */
final class ImportValidation {

    static final int MAX_ISSUES = 1000;

    /** Ends each field of a row's signature; a control character no cell of a sheet carries. */
    private static final char FIELD_END = '\u001F';

    record Plan(Long id, String level, Set<Long> categoryIds) {
    }

    private record Enterprise(long id, long districtId, String name) {
    }

    private record Sampler(long id, Long districtId) {
    }

    private final JdbcTemplate jdbc;
    private final ImportCatalogue catalogue;
    private final AccessScope scope;
    private final Plan plan;
    private final LocalDate today;
    private final BatchBulkLoad.ResultSpool spool;
    private final IntConsumer progress;

    private final Map<String, Enterprise> enterprises = new HashMap<>();
    private final Map<String, List<Sampler>> samplersByName = new HashMap<>();
    final Map<String, BatchDraft> drafts = new LinkedHashMap<>();
    final List<RowIssue> issues = new ArrayList<>();
    int issueCount;
    int rows;
    int resultRows;

    ImportValidation(JdbcTemplate jdbc, ImportCatalogue catalogue, List<User> inspectors, AccessScope scope, Plan plan,
                     LocalDate today, BufferedWriter spool, IntConsumer progress) {
        this.jdbc = jdbc;
        this.catalogue = catalogue;
        this.scope = scope;
        this.plan = plan;
        this.today = today;
        this.spool = new BatchBulkLoad.ResultSpool(spool);
        this.progress = progress;
        for (User u : inspectors) {
            Sampler s = new Sampler(u.getId(), u.getDistrictId());
            samplersByName.computeIfAbsent(u.getUsername(), k -> new ArrayList<>()).add(s);
            List<Sampler> named = samplersByName.computeIfAbsent(ImportValues.text(u.getDisplayName()),
                    k -> new ArrayList<>());
            if (!named.contains(s)) {
                named.add(s);
            }
        }
    }

    void accept(RawRow row) {
        if (row.isBlank()) {
            return;
        }
        rows++;
        if (rows % 2000 == 0) {
            progress.accept(rows);
        }
        String formNumber = ImportValues.text(row.cell(ImportColumn.FORM_NUMBER));
        if (formNumber.isEmpty()) {
            issue(row.number(), ImportColumn.FORM_NUMBER, "spotcheck.import.required");
            return;
        }
        if (formNumber.length() > 40) {
            issue(row.number(), ImportColumn.FORM_NUMBER, "spotcheck.import.tooLong", "40");
            return;
        }
        BatchDraft draft = drafts.get(formNumber);
        if (draft == null) {
            draft = newDraft(row, formNumber);
            drafts.put(formNumber, draft);
        } else if (!draft.rawSignature.equals(rawSignature(row)) && !draft.signature.equals(signature(row))) {
            issue(row.number(), ImportColumn.FORM_NUMBER, "spotcheck.import.conflictingBatch", formNumber,
                    String.valueOf(draft.firstRow));
            return;
        }
        if (draft.valid) {
            result(row, draft);
        }
    }

    /** Batch fields as typed: rows copied down a sheet carry exactly the same, so most rows stop here. */
    private static String rawSignature(RawRow row) {
        StringBuilder sb = new StringBuilder(160);
        Object[] cells = row.cells();
        for (int i = 0; i < cells.length; i++) {
            if (i != ImportColumn.TEST_ITEM.ordinal() && i != ImportColumn.VALUE.ordinal()) {
                sb.append(cells[i]).append(FIELD_END);
            }
        }
        return sb.toString();
    }

    /** Batch fields of a row, normalised; all rows of one form number must carry the same. */
    private static String signature(RawRow row) {
        StringBuilder sb = new StringBuilder();
        for (ImportColumn c : ImportColumn.values()) {
            if (c != ImportColumn.TEST_ITEM && c != ImportColumn.VALUE && c != ImportColumn.FORM_NUMBER) {
                Object v = row.cell(c);
                String text = v instanceof BigDecimal n ? n.stripTrailingZeros().toPlainString() : ImportValues.text(v);
                sb.append(c == ImportColumn.CREDIT_CODE ? SocialCreditCode.normalise(text) : text).append(FIELD_END);
            }
        }
        return sb.toString();
    }

    private BatchDraft newDraft(RawRow row, String formNumber) {
        int before = issueCount;
        BatchDraft probe = new BatchDraft(drafts.size(), row.number(), formNumber, signature(row),
                rawSignature(row), true);
        Enterprise e = enterprise(row);
        ImportCatalogue.Product product = catalogue.product(ImportValues.text(row.cell(ImportColumn.PRODUCT)));
        if (product == null) {
            issue(row.number(), ImportColumn.PRODUCT, "spotcheck.import.unknownProduct",
                    ImportValues.text(row.cell(ImportColumn.PRODUCT)));
        } else if (plan.id() != null && !plan.categoryIds().contains(product.id())) {
            issue(row.number(), ImportColumn.PRODUCT, "spotcheck.batch.categoryNotInPlan");
        }
        probe.brand = limited(row, ImportColumn.BRAND, 100, false);
        probe.modelSpec = limited(row, ImportColumn.MODEL_SPEC, 200, false);
        probe.productionBatchNo = limited(row, ImportColumn.PRODUCTION_BATCH_NO, 60, false);
        probe.quantityUnit = limited(row, ImportColumn.QUANTITY_UNIT, 10, true);
        probe.samplingPlace = limited(row, ImportColumn.SAMPLING_PLACE, 200, true);
        probe.agency = limited(row, ImportColumn.AGENCY, 200, true);
        probe.reportNumber = limited(row, ImportColumn.REPORT_NUMBER, 60, false);
        probe.productionDate = date(row, ImportColumn.PRODUCTION_DATE, false);
        probe.samplingDate = date(row, ImportColumn.SAMPLING_DATE, true);
        probe.testedOn = date(row, ImportColumn.TESTED_ON, true);
        probe.sampleQuantity = count(row, ImportColumn.SAMPLE_QUANTITY, 1);
        probe.backupQuantity = count(row, ImportColumn.BACKUP_QUANTITY, 0);
        if (probe.samplingDate != null) {
            try {
                SamplingBatch.requireProducedBeforeSampling(probe.productionDate, probe.samplingDate);
            } catch (BusinessRuleException ex) {
                issue(row.number(), ImportColumn.PRODUCTION_DATE, ex.getMessageCode(), args(ex));
            }
        }
        if (probe.samplingDate != null && probe.testedOn != null && probe.testedOn.isBefore(probe.samplingDate)) {
            issue(row.number(), ImportColumn.TESTED_ON, "spotcheck.import.testedBeforeSampling");
        }
        if (e != null) {
            probe.samplerIds = samplers(row, e.districtId());
        }
        boolean ok = issueCount == before;
        BatchDraft d = new BatchDraft(probe.index, probe.firstRow, formNumber, probe.signature, probe.rawSignature,
                ok);
        if (ok) {
            copy(probe, d);
            d.enterpriseId = e.id();
            d.districtId = e.districtId();
            d.enterpriseName = e.name();
            d.categoryId = product.id();
            d.categoryName = product.name();
            d.product = product;
        }
        return d;
    }

    private static void copy(BatchDraft from, BatchDraft to) {
        to.brand = from.brand;
        to.modelSpec = from.modelSpec;
        to.productionBatchNo = from.productionBatchNo;
        to.productionDate = from.productionDate;
        to.sampleQuantity = from.sampleQuantity;
        to.backupQuantity = from.backupQuantity;
        to.quantityUnit = from.quantityUnit;
        to.samplingDate = from.samplingDate;
        to.samplingPlace = from.samplingPlace;
        to.agency = from.agency;
        to.reportNumber = from.reportNumber;
        to.testedOn = from.testedOn;
        to.samplerIds = from.samplerIds;
    }

    private void result(RawRow row, BatchDraft draft) {
        ImportCatalogue.Product product = draft.product;
        String itemName = ImportValues.text(row.cell(ImportColumn.TEST_ITEM));
        ImportCatalogue.Item item = product.items().get(itemName);
        if (item == null) {
            issue(row.number(), ImportColumn.TEST_ITEM, "spotcheck.import.unknownItem", itemName, product.name());
            return;
        }
        if (!draft.itemIds.add(item.id())) {
            issue(row.number(), ImportColumn.TEST_ITEM, "spotcheck.import.duplicateItem", itemName,
                    draft.formNumber);
            return;
        }
        Limit limit = item.limit();
        BigDecimal value = null;
        Boolean conforming = null;
        Judgement judgement;
        try {
            String raw = row.text(ImportColumn.VALUE);
            if (limit.kind().isNumeric()) {
                value = MeasuredValue.number(raw, ImportColumn.VALUE.title());
                judgement = limit.judge(value);
            } else {
                conforming = MeasuredValue.conforming(raw, ImportColumn.VALUE.title());
                judgement = limit.judge(conforming.booleanValue());
            }
        } catch (BusinessRuleException e) {
            issue(row.number(), ImportColumn.VALUE, e.getMessageCode(), args(e));
            return;
        }
        draft.judgements.add(judgement);
        resultRows++;
        if (issueCount == 0) {
            spool.add(draft.index, item.id(), value, conforming, limit, judgement);
        }
    }

    /** After the last row: form numbers already in the database, and batches without any result. */
    void finish() {
        List<String> numbers = new ArrayList<>(drafts.keySet());
        for (int from = 0; from < numbers.size(); from += 500) {
            List<String> chunk = numbers.subList(from, Math.min(numbers.size(), from + 500));
            String marks = String.join(",", java.util.Collections.nCopies(chunk.size(), "?"));
            for (String existing : jdbc.queryForList("select form_number from sampling_batch where form_number in ("
                    + marks + ")", String.class, chunk.toArray())) {
                issue(drafts.get(existing).firstRow, ImportColumn.FORM_NUMBER,
                        "spotcheck.batch.formNumberDuplicate", existing);
            }
        }
        if (rows == 0) {
            issue(0, null, "spotcheck.import.empty");
        }
    }

    private Enterprise enterprise(RawRow row) {
        String raw = ImportValues.text(row.cell(ImportColumn.CREDIT_CODE));
        SocialCreditCode code;
        try {
            code = SocialCreditCode.parse(raw);
        } catch (IllegalArgumentException e) {
            issue(row.number(), ImportColumn.CREDIT_CODE, "spotcheck.import.badCreditCode", raw);
            return null;
        }
        Enterprise e = enterprises.computeIfAbsent(code.value(), v -> jdbc.query(
                "select id, district_id, name from enterprise where credit_code = ?",
                rs -> rs.next() ? new Enterprise(rs.getLong(1), rs.getLong(2), rs.getString(3)) : null, v));
        if (e == null) {
            issue(row.number(), ImportColumn.CREDIT_CODE, "spotcheck.import.unknownEnterprise", code.value());
            return null;
        }
        if (!scope.covers(e.districtId())) {
            issue(row.number(), ImportColumn.CREDIT_CODE, "spotcheck.import.outOfScope", code.value());
            return null;
        }
        return e;
    }

    private long[] samplers(RawRow row, long districtId) {
        String raw = ImportValues.text(row.cell(ImportColumn.SAMPLERS));
        Set<Long> ids = new LinkedHashSet<>();
        for (String name : raw.split("[、,，;；/\\s]+")) {
            if (name.isBlank()) {
                continue;
            }
            List<Sampler> found = samplersByName.getOrDefault(name, List.of()).stream()
                    .filter(s -> s.districtId() == null || s.districtId() == districtId).toList();
            if (found.size() != 1) {
                issue(row.number(), ImportColumn.SAMPLERS, found.isEmpty() ? "spotcheck.import.unknownSampler"
                        : "spotcheck.import.ambiguousSampler", name);
                return null;
            }
            ids.add(found.get(0).id());
        }
        try {
            SamplingBatch.requireSamplers(ids.size());
        } catch (BusinessRuleException e) {
            issue(row.number(), ImportColumn.SAMPLERS, e.getMessageCode(), args(e));
            return null;
        }
        return ids.stream().mapToLong(Long::longValue).toArray();
    }

    private String limited(RawRow row, ImportColumn c, int max, boolean required) {
        String v = ImportValues.text(row.cell(c));
        if (v.isEmpty()) {
            if (required) {
                issue(row.number(), c, "spotcheck.import.required");
            }
            return null;
        }
        if (v.length() > max) {
            issue(row.number(), c, "spotcheck.import.tooLong", String.valueOf(max));
            return null;
        }
        return v;
    }

    private LocalDate date(RawRow row, ImportColumn c, boolean required) {
        try {
            LocalDate d = ImportValues.date(row.cell(c), c.title());
            if (d == null && required) {
                issue(row.number(), c, "spotcheck.import.required");
            } else if (d != null && d.isAfter(today)) {
                issue(row.number(), c, "spotcheck.step.dateInFuture");
                return null;
            }
            return d;
        } catch (BusinessRuleException e) {
            issue(row.number(), c, e.getMessageCode(), args(e));
            return null;
        }
    }

    private int count(RawRow row, ImportColumn c, int min) {
        try {
            int n = ImportValues.count(row.cell(c), c.title());
            if (n < min) {
                issue(row.number(), c, "spotcheck.import.badCount", row.text(c));
            }
            return n;
        } catch (BusinessRuleException e) {
            issue(row.number(), c, e.getMessageCode(), args(e));
            return 0;
        }
    }

    private static String[] args(BusinessRuleException e) {
        Object[] a = e.getArgs() == null ? new Object[0] : e.getArgs();
        String[] s = new String[a.length];
        for (int i = 0; i < a.length; i++) {
            s[i] = String.valueOf(a[i]);
        }
        return s;
    }

    private void issue(int row, ImportColumn column, String code, String... args) {
        issueCount++;
        if (issues.size() < MAX_ISSUES) {
            issues.add(new RowIssue(row, column == null ? null : column.title(), code, List.of(args)));
        }
    }
}
