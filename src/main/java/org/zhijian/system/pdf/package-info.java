/** PDF output with embedded Chinese fonts, shared by every feature that prints documents. */
package org.zhijian.system.pdf;
