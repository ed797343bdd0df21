package org.zhijian.resultimport.domain;

import java.util.List;

/** What is wrong with one row (row 0 = the file itself), as a message code for the report in the reader's language. */
public record RowIssue(int row, String column, String code, List<String> args) {
}
