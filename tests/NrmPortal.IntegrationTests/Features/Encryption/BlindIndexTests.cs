using System.Text;
using NrmPortal.Domain.Victims;
using NrmPortal.Infrastructure.Persistence.Encryption;

namespace NrmPortal.IntegrationTests.Features.Encryption;

/// <summary>The blind index on its own: deterministic over the normalised name, keyed, and not the name.</summary>
public sealed class BlindIndexTests
{
    private static readonly BlindIndex Index = new(Encoding.UTF8.GetBytes("a-blind-index-key-of-32-bytes-ok"));
    private static readonly BlindIndex OtherKey = new(Encoding.UTF8.GetBytes("another-key-of-at-least-32-bytes"));

    [Theory]
    [InlineData("José da Silva", "jose da silva")]
    [InlineData("José da Silva", "  JOSE   DA-SILVA ")]
    [InlineData("Élodie-Marie", "elodie marie")]
    [InlineData("O'Brien", "o brien")]
    [InlineData("Ana\tLúcia", "ana lucia")]
    public void Spellings_that_normalise_alike_get_the_same_index(string one, string other) => Assert.Equal(Index.Of(one), Index.Of(other));

    [Theory]
    [InlineData("Jose", "Josef")]
    [InlineData("Łukasz", "Lukasz")] // ł is a letter of its own
    [InlineData("Ana Lucia", "Lucia Ana")]
    public void Different_names_get_different_indexes(string one, string other) => Assert.NotEqual(Index.Of(one), Index.Of(other));

    [Fact]
    public void The_index_depends_on_the_key_and_is_128_bits_of_hex_that_do_not_contain_the_name()
    {
        var index = Index.Of("José");

        Assert.NotEqual(index, OtherKey.Of("José"));
        Assert.Matches("^[0-9a-f]{32}$", index);
        Assert.Equal(VictimName.NameIndexLength, index!.Length);
        Assert.DoesNotContain("jose", index, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("")]
    [InlineData("   ")]
    [InlineData(" - . ' ")]
    public void Nothing_left_after_normalising_has_no_index(string name) => Assert.Null(Index.Of(name));

    [Fact]
    public void A_key_under_32_bytes_is_refused() =>
        Assert.Throws<ArgumentException>(() => new BlindIndex(new byte[31]));
}
