package vn.hopso.meeting.document;

import java.nio.file.Files;
import java.nio.file.Path;
import org.springframework.context.annotation.Condition;
import org.springframework.context.annotation.ConditionContext;
import org.springframework.core.type.AnnotatedTypeMetadata;

/** LibreOffice's launcher is where {@code hopso.documents.soffice} (default {@code /usr/bin/soffice}) says. */
class SofficeInstalled implements Condition {

    @Override
    public boolean matches(ConditionContext context, AnnotatedTypeMetadata metadata) {
        String soffice = context.getEnvironment().getProperty("hopso.documents.soffice", "/usr/bin/soffice");
        return !soffice.isBlank() && Files.isExecutable(Path.of(soffice));
    }
}
