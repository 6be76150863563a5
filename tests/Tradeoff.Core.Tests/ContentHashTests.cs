namespace Tradeoff.Core.Tests;

public sealed class ContentHashTests
{
    [Fact]
    public void Should_give_the_known_SHA_256_When_hashing_text()
    {
        // FIPS 180-2 test vector for "abc".
        Assert.Equal("ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad", ContentHash.OfText("abc"));
    }

    [Fact]
    public void Should_give_the_same_hash_When_a_file_holds_the_text()
    {
        var file = Path.GetTempFileName();
        try
        {
            File.WriteAllText(file, "abc");

            Assert.Equal(ContentHash.OfText("abc"), ContentHash.OfFile(file));
        }
        finally
        {
            File.Delete(file);
        }
    }
}
