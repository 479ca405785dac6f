--- jdz.version
SELECT jdz.version();
