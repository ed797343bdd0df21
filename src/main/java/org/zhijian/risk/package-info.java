/**
 * Risk (风险): risk points and their grading, hidden hazards and their rectification, screening
 * campaigns, classified supervision and double-random draws.
 */
package org.zhijian.risk;
