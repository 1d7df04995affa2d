package org.crmir.shared.web;

import jakarta.faces.application.FacesMessage;
import jakarta.faces.component.UIComponent;
import jakarta.faces.context.FacesContext;
import jakarta.faces.convert.Converter;
import jakarta.faces.convert.ConverterException;
import jakarta.faces.convert.FacesConverter;
import java.math.BigDecimal;

/**
 * The one converter of amounts, quantities and percentages typed on a page ({@code converter="crmir.number"}):
 * read and shown in the view's locale, within DECIMAL(19,4); a refusal names the field by its {@code label}.
 */
@FacesConverter("crmir.number")
public class LocalNumberConverter implements Converter<BigDecimal> {

    @Override
    public BigDecimal getAsObject(FacesContext context, UIComponent component, String value) {
        try {
            return LocalNumbers.parse(value, context.getViewRoot().getLocale());
        } catch (LocalNumbers.Refused refused) {
            String typed = value.strip();
            String shown = typed.length() > 40 ? typed.substring(0, 40) + "…" : typed;
            String text = Labels.message("crmir.number." + refused.reason().name(), labelOf(component), shown);
            throw new ConverterException(new FacesMessage(FacesMessage.SEVERITY_ERROR, text, text));
        }
    }

    @Override
    public String getAsString(FacesContext context, UIComponent component, BigDecimal value) {
        return LocalNumbers.format(value, context.getViewRoot().getLocale());
    }

    /** The field's label as the user reads it; every number input carries one. */
    static String labelOf(UIComponent component) {
        Object label = component.getAttributes().get("label");
        return label == null ? component.getId() : label.toString();
    }
}
