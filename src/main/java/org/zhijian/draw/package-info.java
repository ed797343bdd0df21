/** Double-random draws (双随机一公开): seeded draws, conflicts (回避), manual changes, publication. */
@ApplicationModule(displayName = "Draws")
package org.zhijian.draw;

import org.springframework.modulith.ApplicationModule;
