using System.Xml.Linq;

namespace NrmPortal.Application.UnitTests.Localisation;

public sealed class ResourceFileTests
{
    [Fact]
    public void The_Dutch_resource_file_has_no_keys_that_differ_only_in_case()
    {
        // Resource lookups ignore case when the file is compiled, so "minor" and "Minor" would silently share one translation.
        var directory = new DirectoryInfo(AppContext.BaseDirectory);
        while (directory is not null && !File.Exists(Path.Combine(directory.FullName, "NrmPortal.sln"))) directory = directory.Parent;
        var file = Path.Combine(directory!.FullName, "src", "NrmPortal.Web", "Resources", "SharedResource.nl.resx");

        var duplicates = XDocument.Load(file).Root!.Elements("data").Select(d => (string)d.Attribute("name")!)
            .GroupBy(name => name, StringComparer.OrdinalIgnoreCase).Where(g => g.Count() > 1).Select(g => string.Join(" / ", g)).ToList();

        Assert.True(duplicates.Count == 0, "Keys that differ only in case: " + string.Join("; ", duplicates));
    }
}
