/** Enforcement cases (行政处罚案件): clues, cases and their statutory steps, evidence, decisions, execution. */
@ApplicationModule(displayName = "Enforcement")
package org.zhijian.enforcement;

import org.springframework.modulith.ApplicationModule;
