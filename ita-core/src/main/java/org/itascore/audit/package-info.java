/**
 * The audit of published reports: {@link org.itascore.audit.Auditor} recomputes a report exactly and
 * checks every value it printed, returning an {@link org.itascore.audit.AuditReport} of findings.
 */
package org.itascore.audit;
