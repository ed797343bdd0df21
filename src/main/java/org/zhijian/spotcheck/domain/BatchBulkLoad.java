package org.zhijian.spotcheck.domain;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.Reader;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.math.BigDecimal;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import javax.sql.DataSource;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.zhijian.catalogue.domain.Judgement;
import org.zhijian.catalogue.domain.Limit;
import org.zhijian.system.jpa.BulkWriter;

/**
 * Many batches recorded at once, with their first results (the agency result import): the rows of
 * {@code sampling_batch}, {@code batch_sampler}, {@code batch_step} and {@code batch_result} are built
 * here and copied in bulk (PostgreSQL COPY, JDBC batches elsewhere) inside the caller's transaction,
 * so a file is written whole or not at all. Verdict, status, due date and steps come from
 * {@link FirstResults}, the rule {@link SamplingBatch#recordResults} follows too. The caller has
 * checked every batch and the user's right to record them.
 */
@Service
public class BatchBulkLoad {

    private static final String BATCH_COLUMNS = "id, form_number, plan_id, level, enterprise_id, district_id,"
            + " category_id, brand, model_spec, production_batch_no, production_date, sample_quantity,"
            + " backup_quantity, quantity_unit, sampling_date, sampling_place, agency, report_number, tested_on,"
            + " initial_verdict, verdict, status, step_due_on, created_at, created_by, updated_at, updated_by, version";
    private static final String RESULT_COLUMNS = "batch_id, test_item_id, round, measured_value, passed_check,"
            + " limit_kind, lower_limit, upper_limit, judgement";

    /**
     * One batch to record: where it was sampled, what, by whom, the agency's report, and what its
     * results do to it ({@link FirstResults#of}). Its measurements go to a {@link ResultSpool} under
     * its position in the list given to {@link #load}.
     */
    public record ImportedBatch(String formNumber, Long planId, PlanLevel level, long enterpriseId, long districtId,
                                long categoryId, String brand, String modelSpec, String productionBatchNo,
                                LocalDate productionDate, int sampleQuantity, int backupQuantity,
                                String quantityUnit, LocalDate samplingDate, String samplingPlace, String agency,
                                String reportNumber, long[] samplerIds, FirstResults results) {
    }

    /**
     * The measurements of the batches to load, written as they are read (one line each, the batch's
     * position in place of its id) so that a large file need not be held in memory.
     */
    public static final class ResultSpool {

        private final Writer out;

        public ResultSpool(Writer out) {
            this.out = out;
        }

        /** A first-round measurement of the batch at {@code batchIndex}, with its limit and judgement. */
        public void add(int batchIndex, long testItemId, BigDecimal value, Boolean conforming, Limit limit,
                        Judgement judgement) {
            try {
                out.write(Integer.toString(batchIndex));
                out.write('\t');
                out.write(Long.toString(testItemId));
                out.write("\t1\t");
                out.write(number(value));
                out.write('\t');
                out.write(conforming == null ? "\\N" : conforming ? "t" : "f");
                out.write('\t');
                out.write(limit.kind().name());
                out.write('\t');
                out.write(number(limit.lower()));
                out.write('\t');
                out.write(number(limit.upper()));
                out.write('\t');
                out.write(judgement.name());
                out.write('\n');
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }

        private static String number(BigDecimal n) {
            return n == null ? "\\N" : n.toPlainString();
        }
    }

    private final DataSource dataSource;

    BatchBulkLoad(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    /**
     * Writes the batches, their samplers and steps, then the results read from a {@link ResultSpool}'s
     * output; answers the new batches' ids in the order given. Inside the caller's transaction only.
     */
    @Transactional(propagation = Propagation.MANDATORY)
    public long[] load(List<ImportedBatch> batches, Reader results, Instant now, String actor) {
        try (BulkWriter w = BulkWriter.inTransaction(dataSource)) {
            long[] ids;
            if (w.isPostgres()) {
                ids = w.reserveIds("sampling_batch", batches.size());
                StringBuilder sb = new StringBuilder();
                for (int i = 0; i < batches.size(); i++) {
                    BulkWriter.line(sb, batchRow(ids[i], batches.get(i), now, actor));
                }
                w.copy("sampling_batch", BATCH_COLUMNS, new StringReader(sb.toString()));
            } else {
                List<Object[]> rows = new ArrayList<>();
                for (ImportedBatch b : batches) {
                    Object[] r = batchRow(0, b, now, actor);
                    rows.add(Arrays.copyOfRange(r, 1, r.length));
                }
                ids = w.insertReturningIds("sampling_batch", BATCH_COLUMNS.substring(BATCH_COLUMNS.indexOf(',') + 1),
                        rows);
            }
            StringBuilder samplers = new StringBuilder();
            StringBuilder steps = new StringBuilder();
            for (int i = 0; i < batches.size(); i++) {
                ImportedBatch b = batches.get(i);
                for (long sampler : b.samplerIds()) {
                    BulkWriter.line(samplers, ids[i], sampler);
                }
                for (FirstResults.StepLine s : b.results().steps(b.samplingDate(), b.agency())) {
                    BulkWriter.line(steps, ids[i], s.kind().name(), s.occurredOn(), s.dueOn(), s.agency(), null,
                            actor, now);
                }
            }
            w.copy("batch_sampler", "batch_id, user_id", new StringReader(samplers.toString()));
            w.copy("batch_step", "batch_id, step, occurred_on, due_on, agency, note, actor, recorded_at",
                    new StringReader(steps.toString()));
            try (Reader withIds = new SpoolReader(results instanceof BufferedReader r ? r : new BufferedReader(results),
                    ids)) {
                w.copy("batch_result", RESULT_COLUMNS, withIds);
            }
            return ids;
        } catch (SQLException e) {
            throw new IllegalStateException("batches could not be written", e);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Object[] batchRow(long id, ImportedBatch b, Instant now, String actor) {
        FirstResults r = b.results();
        String verdict = r.verdict().name();
        return new Object[] {id, b.formNumber(), b.planId(), b.level().name(), b.enterpriseId(), b.districtId(),
                b.categoryId(), b.brand(), b.modelSpec(), b.productionBatchNo(), b.productionDate(),
                b.sampleQuantity(), b.backupQuantity(), b.quantityUnit(), b.samplingDate(), b.samplingPlace(),
                b.agency(), b.reportNumber(), r.testedOn(), verdict, verdict, r.status().name(), r.stepDueOn(), now,
                actor, now, actor, 0};
    }

    /** The spool with each line's batch index replaced by the batch id, for COPY. */
    private static final class SpoolReader extends Reader {

        private final BufferedReader in;
        private final long[] ids;
        private String current = "";
        private int pos;

        SpoolReader(BufferedReader in, long[] ids) {
            this.in = in;
            this.ids = ids;
        }

        @Override
        public int read(char[] buf, int off, int len) throws IOException {
            int written = 0;
            while (written < len) {
                if (pos >= current.length()) {
                    String line = in.readLine();
                    if (line == null) {
                        return written == 0 ? -1 : written;
                    }
                    int tab = line.indexOf('\t');
                    current = ids[Integer.parseInt(line, 0, tab, 10)] + line.substring(tab) + "\n";
                    pos = 0;
                }
                int n = Math.min(len - written, current.length() - pos);
                current.getChars(pos, pos + n, buf, off + written);
                pos += n;
                written += n;
            }
            return written;
        }

        @Override
        public void close() throws IOException {
            in.close();
        }
    }
}
