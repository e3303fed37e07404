package org.itascore.oit;

/** Lets other test packages build classic checklists. */
public final class OitChecklistTestAccess {

    private OitChecklistTestAccess() {
    }

    /**
     * @param absent the items not published
     * @return a checklist of the classic catalogue with every other item present
     */
    public static OitChecklist without(String... absent) {
        return OitChecklistTest.without(absent);
    }
}
