/** Double-random draws (双随机一公开): seeded draws, conflicts (回避), manual changes, publication. */
package org.zhijian.risk.draw;
