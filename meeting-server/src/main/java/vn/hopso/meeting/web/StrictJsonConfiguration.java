package vn.hopso.meeting.web;

import java.time.Instant;
import java.time.LocalDate;
import org.springframework.boot.jackson.autoconfigure.JsonFactoryBuilderCustomizer;
import org.springframework.boot.jackson.autoconfigure.JsonMapperBuilderCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import tools.jackson.core.StreamReadConstraints;
import tools.jackson.core.StreamReadFeature;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.cfg.CoercionAction;
import tools.jackson.databind.cfg.CoercionInputShape;
import tools.jackson.databind.cfg.EnumFeature;
import tools.jackson.databind.module.SimpleModule;
import tools.jackson.databind.type.LogicalType;

/**
 * Request bodies are read strictly, so that what the server acts on is exactly what the client meant: a duplicated
 * key, an unknown field, {@code "true"} for a boolean, {@code 5.5} or {@code "5"} for a whole number, {@code null} or
 * nothing for a yes/no field, a number for a date, or anything after the JSON value is refused (400 with the field),
 * never guessed. Every string is read as normalised text ({@link TextDeserializer}), dates and instants only as
 * ISO-8601 strings, enumerations only by their exact names ({@link ExactEnumDeserializer}). Limits on the document
 * keep a hostile body from costing memory: no real request comes near them.
 */
@Configuration(proxyBeanMethods = false)
class StrictJsonConfiguration {

    /** Bytes of JSON in one request body; the largest real one (an agenda order of 1,000 items) is about 40 KB. */
    static final long MAX_DOCUMENT_BYTES = 1 << 20;
    static final int MAX_NESTING_DEPTH = 32;

    @Bean
    JsonFactoryBuilderCustomizer jsonLimits() {
        return factory -> factory.streamReadConstraints(StreamReadConstraints.builder()
                .maxDocumentLength(MAX_DOCUMENT_BYTES)
                .maxStringLength((int) MAX_DOCUMENT_BYTES)
                .maxNestingDepth(MAX_NESTING_DEPTH)
                .build());
    }

    @Bean
    JsonMapperBuilderCustomizer strictJson() {
        return builder -> builder
                .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
                .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES,
                        DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES,
                        DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
                .disable(DeserializationFeature.ACCEPT_FLOAT_AS_INT)
                .enable(EnumFeature.FAIL_ON_NUMBERS_FOR_ENUMS)
                .withCoercionConfigDefaults(coercion -> coercion
                        .setCoercion(CoercionInputShape.String, CoercionAction.Fail)
                        .setCoercion(CoercionInputShape.EmptyString, CoercionAction.Fail)
                        .setAcceptBlankAsEmpty(false))
                .withCoercionConfig(LogicalType.Integer, coercion -> coercion
                        .setCoercion(CoercionInputShape.Float, CoercionAction.Fail)
                        .setCoercion(CoercionInputShape.Boolean, CoercionAction.Fail))
                .withCoercionConfig(LogicalType.Boolean, coercion -> coercion
                        .setCoercion(CoercionInputShape.Integer, CoercionAction.Fail))
                .addModule(new SimpleModule("hopso-input")
                        .addDeserializer(String.class, new TextDeserializer())
                        .addDeserializer(Instant.class, new IsoTimeDeserializer<>(Instant.class, Instant::parse))
                        .addDeserializer(LocalDate.class, new IsoTimeDeserializer<>(LocalDate.class, LocalDate::parse))
                        .setDeserializerModifier(ExactEnumDeserializer.everywhere()));
    }
}
