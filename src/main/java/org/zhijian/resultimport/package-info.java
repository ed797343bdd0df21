/**
 * Agency result import (检验机构结果导入): .xlsx or .csv in a documented template, streamed, validated row by
 * row before anything is written, then committed whole (PostgreSQL COPY, or JDBC batches elsewhere).
 */
@ApplicationModule(displayName = "Result import")
package org.zhijian.resultimport;

import org.springframework.modulith.ApplicationModule;
