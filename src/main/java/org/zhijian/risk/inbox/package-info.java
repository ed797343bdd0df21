/** Per-user notices, such as overdue hazards escalated to the district head. */
package org.zhijian.risk.inbox;
