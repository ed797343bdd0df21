/** Text as Chinese readers expect it: names in pinyin order. */
package org.zhijian.system.text;
