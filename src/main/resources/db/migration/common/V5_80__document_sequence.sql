-- Gap-free document numbers (文号): one counter per kind, district (0 = city-wide) and year.
-- The row is locked by the UPDATE that takes the next value, in the transaction that keeps the
-- document's record, so a rolled-back document gives its number back and two never share one.
CREATE TABLE document_sequence (
    kind        VARCHAR(40) NOT NULL,
    district_id BIGINT      NOT NULL,
    doc_year    INT         NOT NULL,
    last_value  BIGINT      NOT NULL,
    PRIMARY KEY (kind, district_id, doc_year)
);
