// Package stats counts the figures of the 政府信息公开工作年度报告 that
// mishen can give for a period: reviews, machine passes, reviews needing
// a human, blocks, findings by category, decisions, releases and the
// average time a human took, in all, per submitting unit and per month.
//
// The figures are counted from the audit trail alone, event by event
// (Counter.Add), never from the stored reviews: the trail is the record
// the office answers for, and a count an auditor can redo with `mishen
// audit export`. The core knows nothing of bbolt or HTTP; the command
// line reads the data folder and the server reads its service, and both
// feed the same Counter.
//
// Caveats: a review counts in the period it was submitted in (its unit
// and month are those of its submission); a release counts in the period
// and month it happened in, under the unit of its review. The unit is
// read from the submitter's token name (张三@办公室, see
// review.SplitName); a name without one is counted under 未注明单位.
// Reviews still awaiting a human are counted as of the end of the trail
// that was read, not as of the end of the period.
package stats
