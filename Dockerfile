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
ENTRYPOINT ["java", "-XX:MaxRAMPercentage=75", "-jar", "/opt/zhijian/zhijian.jar"]
