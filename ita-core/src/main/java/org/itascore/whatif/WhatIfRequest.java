package org.itascore.whatif;
import static java.util.Objects.requireNonNull;

import org.itascore.InvalidInputException;
import org.itascore.Location;
import org.itascore.Message;
import org.itascore.ProblemKind;
import org.itascore.assess.Assessment;

/**
 * The front door of the what-if use case: what each indicator must score, and the cheapest combination of
 * improvements, for an assessed office to reach a target. The command line ({@code ita whatif --target}), the
 * service ({@code POST /v1/whatif?target=}) and the web app map their option, parameter or field onto it.
 *
 * <p>Its one field, {@code target}, is required: pass, a grade (AA to F), a verdict such as GOOD_PASS, or a score
 * such as 90 ({@link Target#parse}). Every problem is located at {@code target}, with the value as given, including
 * a verdict asked of an edition that gives none ({@code target.noVerdicts}). Immutable and thread-safe.
 *
 * <pre>{@code
 * WhatIf w = WhatIfRequest.of("pass").run(assessment);
 * }</pre>
 */
public final class WhatIfRequest {

    /** Where the request's problems are located: its field {@code target}. */
    public static final Location FIELD = Location.of("target");

    private final Target target;

    private WhatIfRequest(Target target) {
        this.target = target;
    }

    /**
     * Reads the target as the user wrote it.
     *
     * @param target the target, or {@code null} when none was given
     * @return the request
     * @throws InvalidInputException at {@code target}: none given ({@code whatIf.target}), or not a target
     */
    public static WhatIfRequest of(String target) {
        if (target == null) {
            throw InvalidInputException.of(ProblemKind.MISSING, FIELD, null, Message.of("whatIf.target"));
        }
        try {
            return new WhatIfRequest(Target.parse(target));
        } catch (InvalidInputException e) {
            throw e.at(FIELD);
        }
    }

    /**
     * {@return the request}
     *
     * @param target the target
     */
    public static WhatIfRequest of(Target target) {
        return new WhatIfRequest(requireNonNull(target, "target"));
    }

    /** {@return the target} */
    public Target target() {
        return target;
    }

    /**
     * Works out what the office needs.
     *
     * @param assessment the office's assessment
     * @return what each indicator needs, and the combined plans
     * @throws InvalidInputException at {@code target}, if the target is a verdict and the edition gives none
     */
    public WhatIf run(Assessment assessment) {
        try {
            return WhatIf.of(assessment, target);
        } catch (InvalidInputException e) {
            throw e.at(FIELD);
        }
    }
}
