using NrmPortal.Application.Common.Export;

namespace NrmPortal.Application.UnitTests.Export;

/// <summary>The CSV of the access log opens safely in a spreadsheet: no field runs as a formula (CSV injection).</summary>
public sealed class SafeCsvTests
{
    [Theory]
    [InlineData("=1+1", "'=1+1")]
    [InlineData("+31612345678", "'+31612345678")]
    [InlineData("-2", "'-2")]
    [InlineData("@SUM(A1)", "'@SUM(A1)")]
    [InlineData("\tx", "'\tx")]
    [InlineData("plain", "plain")]
    [InlineData("a,b", "\"a,b\"")]
    [InlineData("say \"hi\"", "\"say \"\"hi\"\"\"")]
    [InlineData("=HYPERLINK(\"x\",\"y\")", "\"'=HYPERLINK(\"\"x\"\",\"\"y\"\")\"")]
    [InlineData("", "")]
    [InlineData(null, "")]
    public void Neutralises_formulas_and_quotes_what_needs_quoting(string? value, string expected) =>
        Assert.Equal(expected, SafeCsv.Field(value));

    [Fact]
    public void Writes_a_header_and_rows_with_CRLF() =>
        Assert.Equal("A,B\r\n1,'=2\r\n", SafeCsv.Write(["A", "B"], [["1", "=2"]]));
}
