/** Hidden hazards (隐患排查治理): rectification notices, the lifecycle state machine, escalation of overdue ones. */
package org.zhijian.risk.hazard;
