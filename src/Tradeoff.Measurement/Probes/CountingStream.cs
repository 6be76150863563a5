namespace Tradeoff.Measurement.Probes;

/// <summary>
/// A write-only stream that keeps nothing and counts the bytes a model's Save writes. It supports seeking
/// (a zip writer may seek back to patch a header), so its length is the furthest byte written.
/// </summary>
internal sealed class CountingStream : Stream
{
    private long _position;
    private long _length;

    public override bool CanRead => false;

    public override bool CanSeek => true;

    public override bool CanWrite => true;

    public override long Length => _length;

    public override long Position
    {
        get => _position;
        set => _position = value >= 0 ? value : throw new ArgumentOutOfRangeException(nameof(value));
    }

    public override void Flush()
    {
    }

    public override int Read(byte[] buffer, int offset, int count) => throw new NotSupportedException("A counting stream cannot be read.");

    public override long Seek(long offset, SeekOrigin origin)
    {
        Position = origin switch
        {
            SeekOrigin.Begin => offset,
            SeekOrigin.Current => _position + offset,
            _ => _length + offset,
        };
        return _position;
    }

    public override void SetLength(long value) => _length = value;

    public override void Write(byte[] buffer, int offset, int count) => Advance(count);

    public override void Write(ReadOnlySpan<byte> buffer) => Advance(buffer.Length);

    public override void WriteByte(byte value) => Advance(1);

    private void Advance(int count)
    {
        _position += count;
        _length = Math.Max(_length, _position);
    }
}
