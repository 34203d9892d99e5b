package org.gongkai.core.write;

/**
 * Told when a commit passes each of its steps. It exists for tests, which stop a build at a step and kill it to show
 * that the output path always resolves to one whole portal; a build passes it through {@code Gongkai.builder()}.
 * It is called on the committing thread, so the commit waits for it.
 */
@FunctionalInterface
public interface WriteListener {

    /** The steps of a commit, in order. */
    enum Step {
        /** Every file of the new version is written into its version folder; readers still see the previous one. */
        STAGED,
        /** The temporary link to the new version exists; readers still see the previous one. */
        LINKED,
        /** The temporary link replaced {@code .<name>.current}: readers see the new version. */
        SWAPPED,
        /** The previous version folder is deleted. */
        CLEANED
    }

    void reached(Step step);

    static WriteListener none() {
        return step -> { };
    }
}
