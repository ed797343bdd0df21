/** The risk part of the demo city. */
package org.zhijian.risk.demo;
