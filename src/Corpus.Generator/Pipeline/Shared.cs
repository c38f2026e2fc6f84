using System;

namespace Corpus.Generator.Pipeline
{
    /// <summary>
    /// A pipeline value by reference: equal when it is the same object (decided without reading the object), else
    /// by the value's own equality. Collected arrays of these compare cheaply when nothing changed, since the driver
    /// then hands back the same objects and never touches them.
    /// </summary>
    internal readonly struct Shared<T> : IEquatable<Shared<T>>
        where T : class, IEquatable<T>
    {
        public Shared(T value) => Value = value;

        public T Value { get; }

        public bool Equals(Shared<T> other) => ReferenceEquals(Value, other.Value) || (Value is not null && Value.Equals(other.Value));

        public override bool Equals(object? obj) => obj is Shared<T> other && Equals(other);

        public override int GetHashCode() => Value?.GetHashCode() ?? 0;
    }
}
