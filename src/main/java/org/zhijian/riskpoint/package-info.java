/** Risk points (风险点) and their grading by the LS and LEC methods against admin-configurable bands. */
@ApplicationModule(displayName = "Risk points")
package org.zhijian.riskpoint;

import org.springframework.modulith.ApplicationModule;
