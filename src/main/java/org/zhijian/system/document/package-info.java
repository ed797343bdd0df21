/**
 * Official documents: their numbers (文号) from a configurable pattern and a gap-free sequence per
 * kind, district and year, and the Chinese dates they print. The PDF layout is in system.pdf.
 */
package org.zhijian.system.document;
