/**
 * Improvement plans: an {@link org.itascore.plan.ActionPlan} of {@link org.itascore.plan.Activity activities},
 * checked against an assessment by {@link org.itascore.plan.PlanCoverage}.
 */
package org.itascore.plan;
