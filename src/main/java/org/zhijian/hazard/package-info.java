/** Hidden hazards (隐患排查治理): rectification notices, the lifecycle state machine, escalation of overdue ones. */
@ApplicationModule(displayName = "Hazards")
package org.zhijian.hazard;

import org.springframework.modulith.ApplicationModule;
