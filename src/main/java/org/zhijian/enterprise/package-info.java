/** The enterprise registry and its archive (企业档案, 一企一档). */
package org.zhijian.enterprise;
