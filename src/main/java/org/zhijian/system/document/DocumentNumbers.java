package org.zhijian.system.document;

import org.springframework.core.env.Environment;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.zhijian.system.security.Unscoped;

/**
 * Issues document numbers (文号), shared by every module that prints official documents. Each kind
 * has a pattern ({@code zhijian.document.number.<kind>.pattern}, see {@link DocumentNumberPattern}),
 * optionally one per district ({@code zhijian.document.number.<kind>.district.<code>}), and a
 * gap-free sequence per kind, district and year in {@code document_sequence}.
 * <p>
 * {@link #next} must run inside the transaction that saves the document's record: the UPDATE locks
 * the counter row until that transaction ends, so concurrent callers wait in turn (no duplicates),
 * and a rolled-back document gives its number back (no gaps).
 */
@Component
public class DocumentNumbers {

    /** The district key of city-wide documents. */
    public static final long CITY = 0;

    private static final String TAKE = "update document_sequence set last_value = last_value + 1"
            + " where kind = ? and district_id = ? and doc_year = ?";

    private final JdbcTemplate jdbc;
    private final Environment env;

    public DocumentNumbers(JdbcTemplate jdbc, Environment env) {
        this.jdbc = jdbc;
        this.env = env;
    }

    /** A number taken: the text printed and the sequence value behind it. */
    public record DocumentNumber(String text, String kind, long districtKey, int year, long seq) {
    }

    /**
     * Takes the next number of a kind for a district (null: city-wide) in a year.
     *
     * @param districtCode the district's code, for district-specific patterns and {@code {district}}
     */
    @Transactional(propagation = Propagation.MANDATORY)
    @Unscoped("numbers a document its caller already checked access to, inside the caller's transaction")
    public DocumentNumber next(String kind, Long districtId, String districtCode, int year) {
        DocumentNumberPattern pattern = patternOf(kind, districtCode);
        long district = districtId == null ? CITY : districtId;
        if (jdbc.update(TAKE, kind, district, year) == 0) {
            // first number of the year: make the row (a concurrent first caller's insert wins), then take
            jdbc.update("insert into document_sequence (kind, district_id, doc_year, last_value) values (?, ?, ?, 0)"
                    + " on conflict do nothing", kind, district, year);
            jdbc.update(TAKE, kind, district, year);
        }
        Long seq = jdbc.queryForObject("select last_value from document_sequence"
                + " where kind = ? and district_id = ? and doc_year = ?", Long.class, kind, district, year);
        return new DocumentNumber(pattern.format(year, districtCode, seq), kind, district, year, seq);
    }

    /** The pattern for a kind in a district: the district's own, else the kind's, else a plain default. */
    public DocumentNumberPattern patternOf(String kind, String districtCode) {
        String prefix = "zhijian.document.number." + kind;
        String p = districtCode == null ? null : env.getProperty(prefix + ".district." + districtCode);
        if (p == null || p.isBlank()) {
            p = env.getProperty(prefix + ".pattern", kind.toUpperCase(java.util.Locale.ROOT) + "-{year}-{seq:4}");
        }
        return new DocumentNumberPattern(p.strip());
    }
}
