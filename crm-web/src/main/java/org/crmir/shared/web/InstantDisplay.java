package org.crmir.shared.web;

import jakarta.faces.component.UIComponent;
import jakarta.faces.context.FacesContext;
import jakarta.faces.convert.Converter;
import jakarta.faces.convert.ConverterException;
import jakarta.faces.convert.FacesConverter;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;

/** Shows instants as "2026-11-26 14:05 UTC": to the minute, with the zone said. */
@FacesConverter(forClass = Instant.class)
public class InstantDisplay implements Converter<Instant> {

    private static final DateTimeFormatter FORMAT = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm 'UTC'")
            .withZone(ZoneOffset.UTC);

    @Override
    public Instant getAsObject(FacesContext context, UIComponent component, String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return FORMAT.parse(value.strip(), Instant::from);
        } catch (DateTimeParseException e) {
            throw new ConverterException("Enter a time such as 2026-11-26 14:05 UTC");
        }
    }

    @Override
    public String getAsString(FacesContext context, UIComponent component, Instant value) {
        return value == null ? "" : FORMAT.format(value);
    }
}
