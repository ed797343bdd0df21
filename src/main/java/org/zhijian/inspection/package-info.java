/** Inspections (检查): tasks, checklists (检查事项清单), inspection records and their findings, publication of random inspections. */
@ApplicationModule(displayName = "Inspections")
package org.zhijian.inspection;

import org.springframework.modulith.ApplicationModule;
