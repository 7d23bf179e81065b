using System.Reflection;
using System.Text.RegularExpressions;
using NrmPortal.Domain.Auditing;

namespace NrmPortal.Application.UnitTests.Architecture;

/// <summary>
/// The access log is append-only in code too (security requirement L6): an audit entry cannot be changed after it is made,
/// and no source file removes or updates audit entries (the database triggers refuse it as well; see AuditChainTests).
/// </summary>
public sealed partial class AuditLogAppendOnlyTests
{
    [Fact]
    public void An_audit_entry_has_no_public_setter()
    {
        var settable = typeof(AuditEntry).GetProperties(BindingFlags.Public | BindingFlags.Instance)
            .Where(p => p.SetMethod is { IsPublic: true })
            .Select(p => p.Name)
            .ToList();

        Assert.True(settable.Count == 0, "Public setters on AuditEntry: " + string.Join(", ", settable));
    }

    [Fact]
    public void No_source_file_removes_or_updates_audit_entries()
    {
        var root = SolutionRoot();
        var offenders = Directory.EnumerateFiles(Path.Combine(root, "src"), "*.cs", SearchOption.AllDirectories)
            .Where(f => !f.Contains($"{Path.DirectorySeparatorChar}obj{Path.DirectorySeparatorChar}", StringComparison.Ordinal)
                && !f.Contains($"{Path.DirectorySeparatorChar}Migrations{Path.DirectorySeparatorChar}", StringComparison.Ordinal))
            .SelectMany(f => WritesToAuditEntries().Matches(File.ReadAllText(f)).Select(m => $"{Path.GetRelativePath(root, f)}: {m.Value}"))
            .ToList();

        Assert.True(offenders.Count == 0, "Code that changes or removes audit entries:\n" + string.Join("\n", offenders));
    }

    [Fact]
    public void The_scan_would_find_a_removal() =>
        Assert.Matches(WritesToAuditEntries(), "db.AuditEntries.Remove(entry); db.Set<AuditEntry>().ExecuteDelete();");

    [GeneratedRegex(@"AuditEntr(y|ies)\s*(>\s*\(\s*\))?\s*\.\s*(Remove|RemoveRange|Update|UpdateRange|ExecuteDelete|ExecuteDeleteAsync|ExecuteUpdate|ExecuteUpdateAsync|Attach)\b|(UPDATE|DELETE\s+FROM)\s+""?AuditEntries\b")]
    private static partial Regex WritesToAuditEntries();

    private static string SolutionRoot()
    {
        var directory = new DirectoryInfo(AppContext.BaseDirectory);
        while (directory is not null && !File.Exists(Path.Combine(directory.FullName, "NrmPortal.sln"))) directory = directory.Parent;
        return directory?.FullName ?? throw new InvalidOperationException("NrmPortal.sln not found above " + AppContext.BaseDirectory);
    }
}
