# Build with the Maven wrapper, run on a JRE with a TrueType CJK font for PDFs.
FROM eclipse-temurin:17-jdk AS build
WORKDIR /src
COPY .mvn .mvn
COPY mvnw pom.xml ./
RUN ./mvnw -B -q dependency:go-offline
COPY src src
RUN ./mvnw -B -q -DskipTests package && cp target/zhijian-*.jar /app.jar

FROM eclipse-temurin:17-jre
RUN apt-get update && apt-get install -y --no-install-recommends fonts-wqy-microhei curl \
    && rm -rf /var/lib/apt/lists/* && useradd --system --uid 10001 zhijian
COPY --from=build /app.jar /opt/zhijian/zhijian.jar
USER zhijian
WORKDIR /opt/zhijian
EXPOSE 8080
# Heap: up to 75 % of the container's memory; after a collection that may shrink it (a full GC or a marking
# cycle) G1 keeps at most 30 % free, and it collects when idle for a minute (issue 15; not yet shown to
# return memory, see README "Per-request costs"). The operator may replace these.
ENV JAVA_TOOL_OPTIONS="-XX:MaxRAMPercentage=75 -XX:G1PeriodicGCInterval=60000 -XX:MinHeapFreeRatio=10 -XX:MaxHeapFreeRatio=30"
ENTRYPOINT ["java", "-jar", "/opt/zhijian/zhijian.jar"]
