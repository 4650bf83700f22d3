/**
 * Sentence embeddings of claims' statements (bge-small-zh-v1.5 for Chinese, bge-small-en-v1.5 for
 * English, quantized ONNX models shipped inside their jars): computed when a store is built, kept
 * with the store's generation, and compared with the embedding of a query text by cosine.
 */
package org.argkg.embedding;
