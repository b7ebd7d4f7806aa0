package vn.hopso.documents.domain;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Which pages of a new version a reader of an earlier one should look at again. A page is unchanged when its text,
 * with each run of whitespace as one space, is the text of some page of the earlier version: a page moved by a page
 * inserted before it is not marked, a page whose words changed is. A page without text (a scan) cannot be compared
 * and is marked, unless the two versions are the same file.
 */
public final class PageChanges {

    private PageChanges() {
    }

    /**
     * The numbers (from 1, in order) of the pages of {@code after} that differ from every page of {@code before}.
     *
     * @param sameFile the two versions have the same content digest: nothing changed
     */
    public static List<Integer> changed(List<String> before, List<String> after, boolean sameFile) {
        if (sameFile) {
            return List.of();
        }
        Set<String> earlier = new HashSet<>();
        before.forEach(text -> earlier.add(Passage.folded(text)));
        List<Integer> changed = new ArrayList<>();
        for (int page = 1; page <= after.size(); page++) {
            String text = Passage.folded(after.get(page - 1));
            if (text.isEmpty() || !earlier.contains(text)) {
                changed.add(page);
            }
        }
        return List.copyOf(changed);
    }
}
