/** Risk points (风险点) and their grading by the LS and LEC methods against admin-configurable bands. */
package org.zhijian.risk.point;
