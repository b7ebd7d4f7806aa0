package vn.hopso.meeting.document;

import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.stereotype.Component;
import vn.hopso.meeting.config.HopsoProperties;

/**
 * The derived files readers asked for last (page files, page images), kept in the heap up to a number of bytes so that
 * the next reader of the same page is served without a trip to object storage: when a hundred delegates open the same
 * document, the first page is fetched once. A derived file never changes (it is named by its original's digest), so a
 * kept one is never stale on any node. The least recently read go first.
 */
@Component
class KeptFiles {

    private final long capacity;
    private final Map<String, byte[]> files = new LinkedHashMap<>(64, 0.75f, true);
    private long bytes;

    @Autowired
    KeptFiles(HopsoProperties properties) {
        this(properties.documents().keptPages().toBytes());
    }

    KeptFiles(long capacity) {
        this.capacity = capacity;
    }

    synchronized Optional<byte[]> get(String key) {
        return Optional.ofNullable(files.get(key));
    }

    /** Keeps the file, unless it alone is larger than everything kept may be. */
    synchronized void keep(String key, byte[] file) {
        if (file.length > capacity) {
            return;
        }
        byte[] before = files.put(key, file);
        bytes += file.length - (before == null ? 0 : before.length);
        for (Iterator<byte[]> oldest = files.values().iterator(); bytes > capacity && oldest.hasNext(); ) {
            bytes -= oldest.next().length;
            oldest.remove();
        }
    }

    synchronized long bytes() {
        return bytes;
    }
}
