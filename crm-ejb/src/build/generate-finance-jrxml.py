# Writes the finance reports' JRXML (crm-ejb/src/main/resources/org/crmir/financereport) from their column lists.
# Run from that folder after changing a list: python3 ../../../../../build/generate-finance-jrxml.py. The JRXML is committed
# and compiled once at run time (ReportTemplates).
import html
reports = {
 "aged-receivables": dict(title="Aged receivables", landscape=True, cols=[
   ("client","java.lang.String","Client",182,None),
   ("current_amount","java.math.BigDecimal","Current",100,"sum"),
   ("days_1_30","java.math.BigDecimal","1–30 days",100,"sum"),
   ("days_31_60","java.math.BigDecimal","31–60 days",100,"sum"),
   ("days_61_90","java.math.BigDecimal","61–90 days",100,"sum"),
   ("over_90","java.math.BigDecimal","Over 90 days",100,"sum"),
   ("total_open","java.math.BigDecimal","Total open",100,"sum")]),
 "invoice-register": dict(title="Invoice register", landscape=True, cols=[
   ("number","java.lang.String","Number",90,None),
   ("issue_date","java.sql.Date","Issued",58,None),
   ("client","java.lang.String","Client",150,None),
   ("status","java.lang.String","Status",64,None),
   ("net","java.math.BigDecimal","Net",70,"live"),
   ("tax","java.math.BigDecimal","Tax",60,"live"),
   ("total","java.math.BigDecimal","Total",70,"live"),
   ("credited","java.math.BigDecimal","Credited",70,"live"),
   ("paid","java.math.BigDecimal","Paid",70,"live"),
   ("outstanding","java.math.BigDecimal","Outstanding",70,"live")]),
 "payments-received": dict(title="Payments received", landscape=False, cols=[
   ("method","java.lang.String","Method",120,None),
   ("gateway","java.lang.String","Gateway",90,None),
   ("kind","java.lang.String","Kind",80,None),
   ("payments","java.lang.Long","Payments",85,"lsum"),
   ("amount","java.math.BigDecimal","Amount",140,"sum")]),
 "tax-summary": dict(title="Tax summary", landscape=False, cols=[
   ("tax_rate","java.math.BigDecimal","Tax rate %",85,"rate"),
   ("invoices","java.lang.Long","Invoices",70,None),
   ("taxable","java.math.BigDecimal","Taxable amount",120,"sum"),
   ("tax","java.math.BigDecimal","Tax",120,"sum"),
   ("total","java.math.BigDecimal","Total",120,"sum")]),
 "credit-notes": dict(title="Credit notes", landscape=False, cols=[
   ("number","java.lang.String","Number",80,None),
   ("issue_date","java.sql.Date","Issued",60,None),
   ("invoice","java.lang.String","Invoice",85,None),
   ("client","java.lang.String","Client",120,None),
   ("reason","java.lang.String","Reason",100,None),
   ("amount","java.math.BigDecimal","Amount",70,"sum")]),
 "sales-by-client": dict(title="Sales by client", landscape=False, cols=[
   ("client","java.lang.String","Client",195,None),
   ("invoices","java.lang.Long","Invoices",70,"lsum"),
   ("net","java.math.BigDecimal","Net",90,"sum"),
   ("tax","java.math.BigDecimal","Tax",80,"sum"),
   ("total","java.math.BigDecimal","Total",100,"sum")]),
 "sales-by-product": dict(title="Sales by product", landscape=False, cols=[
   ("product","java.lang.String","Product",195,None),
   ("line_count","java.lang.Long","Invoice lines",70,"lsum"),
   ("net","java.math.BigDecimal","Net",90,"sum"),
   ("tax","java.math.BigDecimal","Tax",80,"sum"),
   ("total","java.math.BigDecimal","Total",100,"sum")]),
 "sales-by-month": dict(title="Sales by month", landscape=False, cols=[
   ("month","java.lang.String","Month",120,None),
   ("invoices","java.lang.Long","Invoices",80,"lsum"),
   ("net","java.math.BigDecimal","Net",110,"sum"),
   ("tax","java.math.BigDecimal","Tax",100,"sum"),
   ("total","java.math.BigDecimal","Total",120,"sum")]),
 "open-quotes": dict(title="Open quotes pipeline", landscape=False, cols=[
   ("number","java.lang.String","Number",80,None),
   ("client","java.lang.String","Client",150,None),
   ("status","java.lang.String","Status",70,None),
   ("created","java.sql.Date","Created",65,None),
   ("valid_until","java.sql.Date","Valid until",65,None),
   ("total","java.math.BigDecimal","Total",100,"sum")]),
 "collection-performance": dict(title="Collection performance", landscape=False, cols=[
   ("client","java.lang.String","Client",170,None),
   ("invoices","java.lang.Long","Invoices paid",65,"lsum"),
   ("paid_late","java.lang.Long","Paid late",60,"lsum"),
   ("amount","java.math.BigDecimal","Amount",95,"sum"),
   ("days_to_pay","java.lang.Long","Days to pay (sum)",70,"lsum"),
   ("average_days","java.math.BigDecimal","Average days",70,"average")]),
}
def esc(s): return html.escape(s, quote=True)
for name, r in reports.items():
    pw, ph = (842, 595) if r["landscape"] else (595, 842)
    cw = pw - 60
    total_w = sum(c[3] for c in r["cols"])
    assert total_w <= cw, (name, total_w, cw)
    out = []
    a = out.append
    a('<?xml version="1.0" encoding="UTF-8"?>')
    a('<!-- %s: written by crm-ejb/src/build/generate-finance-jrxml.py; its fields are the columns of its select (ReportSql).' % r["title"])
    a('     Filled from a forward-only result set; compiled once (ReportTemplates). -->')
    a('<jasperReport xmlns="http://jasperreports.sourceforge.net/jasperreports"')
    a('              xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance"')
    a('              xsi:schemaLocation="http://jasperreports.sourceforge.net/jasperreports http://jasperreports.sourceforge.net/xsd/jasperreport.xsd"')
    a('              name="crmir-%s" pageWidth="%d" pageHeight="%d" columnWidth="%d" leftMargin="30"' % (name, pw, ph, cw))
    a('              rightMargin="30" topMargin="30" bottomMargin="30" whenNoDataType="AllSectionsNoDetail">')
    a('    <property name="net.sf.jasperreports.awt.ignore.missing.font" value="true"/>')
    a('    <!-- Spreadsheet and CSV outputs: the column headers once, no page footers between the rows. -->')
    a('    <property name="net.sf.jasperreports.export.xls.exclude.origin.keep.first.band.1" value="columnHeader"/>')
    a('    <property name="net.sf.jasperreports.export.xls.exclude.origin.band.2" value="pageFooter"/>')
    a('    <property name="net.sf.jasperreports.export.csv.exclude.origin.keep.first.band.1" value="columnHeader"/>')
    a('    <property name="net.sf.jasperreports.export.csv.exclude.origin.band.2" value="pageFooter"/>')
    a('    <style name="Base" isDefault="true" fontName="DejaVu Sans" fontSize="8"/>')
    a('    <parameter name="TITLE" class="java.lang.String"/>')
    a('    <parameter name="SUBTITLE" class="java.lang.String"/>')
    a('    <parameter name="MONEY_PATTERN" class="java.lang.String"/>')
    for c in r["cols"]:
        a('    <field name="%s" class="%s"/>' % (c[0], c[1]))
    for c in r["cols"]:
        if c[4] in ("sum", "lsum"):
            a('    <variable name="sum_%s" class="%s" calculation="Sum"><variableExpression><![CDATA[$F{%s}]]></variableExpression></variable>' % (c[0], c[1], c[0]))
        elif c[4] == "live":
            a('    <variable name="sum_%s" class="java.math.BigDecimal" calculation="Sum"><variableExpression><![CDATA["VOID".equals($F{status}) ? java.math.BigDecimal.ZERO : $F{%s}]]></variableExpression></variable>' % (c[0], c[0]))
    a('    <variable name="row_count" class="java.lang.Long" calculation="Count"><variableExpression><![CDATA[1L]]></variableExpression></variable>')
    a('    <title>')
    a('        <band height="44">')
    a('            <textField><reportElement x="0" y="0" width="%d" height="20"/><textElement><font size="14" isBold="true"/></textElement>' % cw)
    a('                <textFieldExpression><![CDATA[$P{TITLE}]]></textFieldExpression></textField>')
    a('            <textField textAdjust="StretchHeight"><reportElement x="0" y="22" width="%d" height="16"/>' % cw)
    a('                <textFieldExpression><![CDATA[$P{SUBTITLE}]]></textFieldExpression></textField>')
    a('        </band>')
    a('    </title>')
    def cells(kind):
        x = 0
        for c in r["cols"]:
            right = c[1] != "java.lang.String" and c[1] != "java.sql.Date"
            align = '<textElement textAlignment="Right"%s/>' if right else '<textElement%s/>'
            if kind == "header":
                a('            <staticText><reportElement x="%d" y="2" width="%d" height="12"/>%s<text><![CDATA[%s]]></text></staticText>'
                  % (x, c[3], (align % '').replace('/>', '><font isBold="true"/></textElement>'), c[2]))
            elif kind == "detail":
                if c[4] == "average":
                    a('            <textField isBlankWhenNull="true" textAdjust="ScaleFont" pattern="0.0"><reportElement x="%d" y="1" width="%d" height="12"/>%s' % (x, c[3], align % ''))
                    a('                <textFieldExpression><![CDATA[$F{%s}]]></textFieldExpression></textField>' % c[0])
                elif c[1] == "java.math.BigDecimal" and c[4] != "rate":
                    a('            <textField isBlankWhenNull="true" textAdjust="ScaleFont"><reportElement x="%d" y="1" width="%d" height="12"/>%s' % (x, c[3], align % ''))
                    a('                <textFieldExpression><![CDATA[$F{%s}]]></textFieldExpression><patternExpression><![CDATA[$P{MONEY_PATTERN}]]></patternExpression></textField>' % c[0])
                else:
                    pat = ' pattern="yyyy-MM-dd"' if c[1] == "java.sql.Date" else (' pattern="0.####"' if c[4] == "rate" else "")
                    a('            <textField isBlankWhenNull="true" textAdjust="ScaleFont"%s><reportElement x="%d" y="1" width="%d" height="12"/>%s' % (pat, x, c[3], align % ''))
                    a('                <textFieldExpression><![CDATA[$F{%s}]]></textFieldExpression></textField>' % c[0])
            elif kind == "summary":
                if x == 0:
                    a('            <textField><reportElement x="0" y="4" width="%d" height="12"/><textElement><font isBold="true"/></textElement>' % c[3])
                    a('                <textFieldExpression><![CDATA["Total (" + $V{row_count} + " rows)"]]></textFieldExpression></textField>')
                elif c[4] == "average":
                    a('            <textField isBlankWhenNull="true" textAdjust="ScaleFont" pattern="0.0"><reportElement x="%d" y="4" width="%d" height="12"/><textElement textAlignment="Right"><font isBold="true"/></textElement>' % (x, c[3]))
                    a('                <textFieldExpression><![CDATA[$V{sum_invoices} == null || $V{sum_invoices} == 0L ? null : java.math.BigDecimal.valueOf($V{sum_days_to_pay}).divide(java.math.BigDecimal.valueOf($V{sum_invoices}), 1, java.math.RoundingMode.HALF_UP)]]></textFieldExpression></textField>')
                elif c[4] in ("sum", "live", "lsum"):
                    pattern = '<patternExpression><![CDATA[$P{MONEY_PATTERN}]]></patternExpression>' if c[1] == "java.math.BigDecimal" else ''
                    a('            <textField textAdjust="ScaleFont"><reportElement x="%d" y="4" width="%d" height="12"/><textElement textAlignment="Right"><font isBold="true"/></textElement>' % (x, c[3]))
                    a('                <textFieldExpression><![CDATA[$V{sum_%s}]]></textFieldExpression>%s</textField>' % (c[0], pattern))
            x += c[3]
    a('    <columnHeader>')
    a('        <band height="18">')
    cells("header")
    a('            <line><reportElement x="0" y="16" width="%d" height="1"/></line>' % total_w)
    a('        </band>')
    a('    </columnHeader>')
    a('    <detail>')
    a('        <band height="14">')
    cells("detail")
    a('        </band>')
    a('    </detail>')
    a('    <pageFooter>')
    a('        <band height="14">')
    a('            <textField><reportElement x="0" y="2" width="%d" height="12"/><textElement textAlignment="Right"/>' % cw)
    a('                <textFieldExpression><![CDATA["Page " + $V{PAGE_NUMBER}]]></textFieldExpression></textField>')
    a('        </band>')
    a('    </pageFooter>')
    a('    <summary>')
    a('        <band height="20">')
    a('            <line><reportElement x="0" y="1" width="%d" height="1"/></line>' % total_w)
    cells("summary")
    a('        </band>')
    a('    </summary>')
    a('</jasperReport>')
    open(name + ".jrxml", "w").write("\n".join(out) + "\n")
print("ok")
