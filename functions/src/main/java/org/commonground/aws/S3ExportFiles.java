package org.commonground.aws;

import java.time.Duration;
import org.commonground.records.ExportFiles;
import software.amazon.awssdk.core.sync.RequestBody;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.s3.model.DeleteObjectRequest;
import software.amazon.awssdk.services.s3.model.GetObjectRequest;
import software.amazon.awssdk.services.s3.model.ListObjectsV2Request;
import software.amazon.awssdk.services.s3.model.S3Object;
import software.amazon.awssdk.services.s3.model.PutObjectRequest;
import software.amazon.awssdk.services.s3.presigner.S3Presigner;

/** Exports in the deployment's private exports bucket, fetched by a presigned link; the bucket deletes them after a day. */
public record S3ExportFiles(S3Client s3, S3Presigner presigner, String bucket) implements ExportFiles {
    @Override
    public String publish(String key, String fileName, String contentType, byte[] body, Duration valid) {
        s3.putObject(PutObjectRequest.builder().bucket(bucket).key(key).contentType(contentType)
                .contentDisposition("attachment; filename=\"" + fileName + "\"").build(), RequestBody.fromBytes(body));
        return presigner.presignGetObject(p -> p.signatureDuration(valid)
                .getObjectRequest(GetObjectRequest.builder().bucket(bucket).key(key).build())).url().toString();
    }

    @Override
    public int deleteAll(String prefix) {
        int deleted = 0;
        for (S3Object file : s3.listObjectsV2Paginator(ListObjectsV2Request.builder().bucket(bucket).prefix(prefix).build()).contents()) {
            s3.deleteObject(DeleteObjectRequest.builder().bucket(bucket).key(file.key()).build());
            deleted++;
        }
        return deleted;
    }
}
