using System.Text;
using Deque.AxeCore.Commons;
using Deque.AxeCore.Playwright;
using Microsoft.Playwright;

namespace NrmPortal.BrowserTests.Support;

/// <summary>Runs axe-core against the current page for WCAG 2.0/2.1 level A and AA and fails on any violation.</summary>
public static class Accessibility
{
    private static readonly string[] WcagTags = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"];

    public static async Task AssertNoViolationsAsync(IPage page, string pageName)
    {
        var result = await page.RunAxe(new AxeRunOptions
        {
            RunOnly = new RunOnlyOptions { Type = "tag", Values = [.. WcagTags] },
        });
        if (result.Violations.Length == 0) return;

        var message = new StringBuilder()
            .Append("axe found ").Append(result.Violations.Length).Append(" accessibility violation(s) on ")
            .Append(pageName).Append(" (").Append(page.Url).AppendLine("):");
        foreach (var violation in result.Violations)
        {
            message.Append("- ").Append(violation.Id).Append(" [").Append(violation.Impact).Append("] ").Append(violation.Help)
                .Append(" (").Append(violation.Nodes.Length).AppendLine(" node(s))");
            if (violation.Nodes.FirstOrDefault() is { } node)
            {
                message.Append("    target: ").AppendLine(node.Target?.ToString());
                message.Append("    html:   ").AppendLine(node.Html);
                var checks = (node.Any ?? []).Concat(node.All ?? []).Concat(node.None ?? []);
                foreach (var check in checks.Where(c => !string.IsNullOrEmpty(c.Message)).Take(3))
                    message.Append("    check:  ").AppendLine(check.Message);
            }
        }
        Assert.Fail(message.ToString());
    }
}
